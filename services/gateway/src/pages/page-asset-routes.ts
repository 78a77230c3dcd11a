import { Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { PAGE_ASSETS, type PageAsset } from './assets/page-assets';
import { withPageHeaders } from './page-security';

/** The stylesheet and scripts of the public pages, from memory, revalidated by ETag. */
@Injectable()
export class PageAssetRoutes implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    void fastify.register((instance, _opts, done) => {
      for (const asset of Object.values(PAGE_ASSETS))
        instance.get(asset.route, (req, reply) => serve(asset, req, reply));
      done();
    });
  }
}

function serve(asset: PageAsset, req: FastifyRequest, reply: FastifyReply): FastifyReply {
  withPageHeaders(reply).header('etag', asset.etag).header('cache-control', 'public, max-age=300');
  if (req.headers['if-none-match'] === asset.etag) return reply.code(304).send();
  return reply.code(200).type(asset.contentType).send(asset.body);
}
