import type { ChannelKind } from '../channels/notification-channel';
import { MESSAGE_TEMPLATES, type Locale, type TemplateId } from './message-templates';
import { renderTemplate, type TemplateVariables } from './template-renderer';

/** A rendered message for one channel; SMS has no subject. */
export interface ComposedMessage {
  subject: string | null;
  body: string;
}

/** The texts of a template for one channel: a stored version or the built-in default. */
export interface TemplateTexts {
  subject: string | null;
  body: string;
}

/** The built-in texts (version 0) of an event's template for a channel and locale. */
export function builtInTexts(
  template: TemplateId,
  locale: Locale,
  channel: ChannelKind,
): TemplateTexts {
  const texts = MESSAGE_TEMPLATES[template][locale];
  switch (channel) {
    case 'SMS':
      return { subject: null, body: texts.sms };
    case 'EMAIL':
      return { subject: texts.emailSubject, body: texts.emailBody };
  }
}

/** Fills a template's texts; the subject stays null when the template has none. */
export function renderTexts(texts: TemplateTexts, variables: TemplateVariables): ComposedMessage {
  return {
    subject: texts.subject === null ? null : renderTemplate(texts.subject, variables),
    body: renderTemplate(texts.body, variables),
  };
}

/** Renders the built-in template of an event for a channel and locale. */
export function composeMessage(
  template: TemplateId,
  locale: Locale,
  channel: ChannelKind,
  variables: TemplateVariables,
): ComposedMessage {
  return renderTexts(builtInTexts(template, locale, channel), variables);
}
