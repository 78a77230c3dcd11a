import type { Logger } from '@nestjs/common';
import { DeliverPolicy, jetstream, type ConsumerMessages } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { parseCloudEvent, type Aggregate } from '@motcua/contracts';
import type { Naming } from '@motcua/platform';

/**
 * Reads an aggregate's stream from now on through an ordered consumer of this replica's own, so
 * every gateway replica hears every event (live subscriptions fan them out to their sockets).
 * Malformed events are logged and skipped. Close the returned messages to stop.
 */
export async function followNewEvents(
  nc: NatsConnection,
  naming: Naming,
  aggregate: Aggregate,
  onEvent: (parsed: ReturnType<typeof parseCloudEvent>) => void,
  logger: Logger,
): Promise<ConsumerMessages> {
  const consumer = await jetstream(nc).consumers.get(naming.stream(aggregate), {
    // One filter subject: NATS 2.9 takes no list.
    filter_subjects: naming.aggregateSubjects(aggregate),
    deliver_policy: DeliverPolicy.New,
  });
  const messages = await consumer.consume();
  void (async () => {
    for await (const msg of messages) {
      try {
        onEvent(parseCloudEvent(msg.json<unknown>()));
      } catch (err) {
        logger.warn(`ignored a malformed ${aggregate} event: ${String(err)}`);
      }
    }
  })();
  return messages;
}
