import type { ChannelKind } from '../channels/notification-channel';
import { MESSAGE_TEMPLATES, type Locale, type TemplateId } from './message-templates';
import { renderTemplate, type TemplateVariables } from './template-renderer';

/** A rendered message for one channel; SMS has no subject. */
export interface ComposedMessage {
  subject: string | null;
  body: string;
}

/** Renders the template of an event for a channel and locale. */
export function composeMessage(
  template: TemplateId,
  locale: Locale,
  channel: ChannelKind,
  variables: TemplateVariables,
): ComposedMessage {
  const texts = MESSAGE_TEMPLATES[template][locale];
  switch (channel) {
    case 'SMS':
      return { subject: null, body: renderTemplate(texts.sms, variables) };
    case 'EMAIL':
      return {
        subject: renderTemplate(texts.emailSubject, variables),
        body: renderTemplate(texts.emailBody, variables),
      };
  }
}
