import { Injectable, Module, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DomainError, ErrorCode, type RpcParsedRequest, type RpcResponse } from '@motcua/contracts';
import {
  PlatformModule,
  RpcHandler,
  baseEnvSchema,
  loadConfig,
  type RpcCallContext,
} from '@motcua/platform';
import { connectRpcTestClient, testSubjectPrefix, type RpcTestClient } from '@motcua/testing';

/** A stand-in catalog answering `catalog.unit.get.v1` in the ways a real handler can. */
@Injectable()
class UnitsFixture {
  @RpcHandler('catalog.unit.get.v1')
  async get(
    request: RpcParsedRequest<'catalog.unit.get.v1'>,
    ctx: RpcCallContext,
  ): Promise<RpcResponse<'catalog.unit.get.v1'>> {
    switch (request.code) {
      case 'missing':
        throw new DomainError(ErrorCode.NotFound, 'no such unit');
      case 'crash':
        throw new Error('database exploded at /srv/app/secret.ts:12');
      case 'slow':
        await new Promise((resolve) => setTimeout(resolve, 500));
        break;
      case 'off-contract':
        return { code: 'x' } as RpcResponse<'catalog.unit.get.v1'>;
    }
    return {
      code: request.code,
      tenant: ctx.tenant!,
      name: `unit of ${ctx.actor?.subject ?? 'nobody'}`,
      level: 'COMMUNE',
      parentCode: null,
      region: null,
      validFrom: '2025-07-01',
      validTo: null,
      successorCode: null,
    };
  }
}

describe('request/reply over NATS', () => {
  const prefix = testSubjectPrefix();
  let app: INestApplicationContext;
  let client: RpcTestClient;

  beforeAll(async () => {
    const config = loadConfig('fixture', baseEnvSchema, {
      MOTCUA_SUBJECT_PREFIX: prefix,
      LOG_LEVEL: 'silent',
    });
    @Module({
      imports: [PlatformModule.forService({ serviceName: 'rpc-fixture', config })],
      providers: [UnitsFixture],
    })
    class RpcFixtureModule {}
    app = await NestFactory.createApplicationContext(RpcFixtureModule, { logger: false });
    await app.init();
    client = await connectRpcTestClient(prefix);
  });

  afterAll(async () => {
    await client?.close();
    await app?.close();
  });

  it('answers with the typed response and passes tenant and actor in headers', async () => {
    const unit = await client.rpc.request(
      'catalog.unit.get.v1',
      { code: '00004' },
      { tenant: 'hanoi', actor: { kind: 'STAFF', subject: 'lan', roles: [] } },
    );
    expect(unit).toMatchObject({ code: '00004', tenant: 'hanoi', name: 'unit of lan' });
  });

  it('rethrows a domain error with its code', async () => {
    await expect(
      client.rpc.request('catalog.unit.get.v1', { code: 'missing' }, { tenant: 'hanoi' }),
    ).rejects.toMatchObject({
      code: ErrorCode.NotFound,
      message: 'no such unit',
    });
  });

  it('hides an unexpected error behind INTERNAL without its message or stack', async () => {
    const error = await client.rpc
      .request('catalog.unit.get.v1', { code: 'crash' }, { tenant: 'hanoi' })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: ErrorCode.Internal, message: 'Internal error' });
  });

  it('refuses a response that breaks the contract', async () => {
    await expect(
      client.rpc.request('catalog.unit.get.v1', { code: 'off-contract' }, { tenant: 'hanoi' }),
    ).rejects.toMatchObject({ code: ErrorCode.Internal });
  });

  it('validates the request against the contract with field paths', async () => {
    const error = await client.rpc
      .request('catalog.unit.get.v1', { code: '' }, { tenant: 'hanoi' })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: ErrorCode.ValidationFailed,
      details: [expect.objectContaining({ path: 'code' })],
    });
  });

  it('requires the tenant header on tenant-scoped subjects', async () => {
    await expect(
      client.rpc.request('catalog.unit.get.v1', { code: '00004' }),
    ).rejects.toMatchObject({ code: ErrorCode.BadRequest });
  });

  it('answers TIMEOUT when the handler is slower than the caller waits', async () => {
    await expect(
      client.rpc.request(
        'catalog.unit.get.v1',
        { code: 'slow' },
        { tenant: 'hanoi', timeoutMs: 100 },
      ),
    ).rejects.toMatchObject({
      code: ErrorCode.Timeout,
    });
  });

  it('answers SERVICE_UNAVAILABLE when no service listens', async () => {
    await expect(
      client.rpc.request('reception.dossier.get.v1', { code: 'x' }, { tenant: 'hanoi' }),
    ).rejects.toMatchObject({
      code: ErrorCode.Unavailable,
    });
  });
});
