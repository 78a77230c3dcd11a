import { Module } from '@nestjs/common';
import { GATEWAY_CONFIG, type GatewayConfig } from '../config/gateway.config';
import { QueueBoardFeed } from './queue-board-feed.service';
import { QueueBoardResolver } from './queue-board.resolver';
import { QueueTicketLimiter } from './queue-ticket.limiter';
import { QueueTicketsResolver } from './queue-tickets.resolver';

/** Queue tickets at the branches (reception): kiosk, counters, live display board, report. */
@Module({
  providers: [
    QueueTicketsResolver,
    QueueBoardResolver,
    QueueBoardFeed,
    {
      provide: QueueTicketLimiter,
      useFactory: (config: GatewayConfig) =>
        new QueueTicketLimiter(config.QUEUE_TICKETS_PER_MINUTE),
      inject: [GATEWAY_CONFIG],
    },
  ],
})
export class QueueTicketsModule {}
