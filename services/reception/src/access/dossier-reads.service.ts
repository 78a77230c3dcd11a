import { Injectable, Logger } from '@nestjs/common';
import { DomainError, ErrorCode, type Actor, type PersonalDataOperation } from '@motcua/contracts';
import { requestContext } from '@motcua/platform';
import { AccessLogService } from '../audit/access-log.service';
import type { DossierEntity } from '../dossiers/dossier.entity';
import { decideDossierRead } from './dossier-access';

/** Who reads what, and why they say they do. */
export interface ReadRequest {
  actor: Actor | undefined;
  operation: PersonalDataOperation;
  /** Free text the reader gives; recorded in the access log. */
  purpose?: string;
}

/**
 * Every read of a dossier's personal data goes through here: the read rules decide (DOMAIN §7),
 * the view is produced, and a staff or integrator read is logged before it is answered. A
 * dossier the reader may not know of answers exactly as a missing one.
 */
@Injectable()
export class DossierReads {
  private readonly logger = new Logger(DossierReads.name);

  constructor(private readonly accessLog: AccessLogService) {}

  /**
   * Runs `produce` on `dossier` if the reader may read it, logs the read, and returns the result.
   * `missing` is the NOT_FOUND message of an absent dossier (the same for a hidden one).
   */
  async read<T>(
    dossier: DossierEntity | null,
    missing: string,
    request: ReadRequest,
    produce: (dossier: DossierEntity) => Promise<T>,
  ): Promise<T> {
    if (!dossier) throw new DomainError(ErrorCode.NotFound, missing);
    requestContext.annotate({ dossierCode: dossier.code });
    const { actor } = request;
    const decision = decideDossierRead(actor, dossier);
    if (!decision.allowed) {
      if (actor) {
        this.logger.warn(
          `refused ${request.operation} of ${dossier.code} to ${actor.kind} ${actor.subject}: ${decision.reason}`,
        );
      }
      throw new DomainError(
        decision.code,
        decision.code === ErrorCode.NotFound ? missing : decision.reason,
      );
    }
    const result = await produce(dossier);
    if (decision.audited) {
      await this.accessLog.record({
        tenant: dossier.tenantId,
        dossierCode: dossier.code,
        actor: actor!,
        basis: decision.basis,
        operation: request.operation,
        purpose: request.purpose,
      });
    }
    return result;
  }
}
