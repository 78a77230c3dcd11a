import {
  Injectable,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import { context, trace } from '@opentelemetry/api';
import type { FastifyRequest } from 'fastify';
import { Observable } from 'rxjs';
import type { GatewayContext } from '../graphql/gateway-context';
import { requestSpan } from './request-span';

/**
 * Makes the request's span the active one while a resolver or controller runs, so that its log
 * lines carry the trace id. (The span cannot be made active from the Fastify hook: reading the
 * body loses the async context on the way to the handler.)
 */
@Injectable()
export class ActiveRequestSpanInterceptor implements NestInterceptor {
  intercept(execution: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req =
      execution.getType<GqlContextType>() === 'graphql'
        ? GqlExecutionContext.create(execution).getContext<Partial<GatewayContext>>().req
        : execution.switchToHttp().getRequest<FastifyRequest | undefined>();
    const span = req?.raw ? requestSpan(req) : undefined;
    if (!span) return next.handle();
    const active = trace.setSpan(context.active(), span);
    // The handler runs when the observable is subscribed: subscribe inside the span's context.
    return new Observable((subscriber) =>
      context.with(active, () => next.handle().subscribe(subscriber)),
    );
  }
}
