import { Injectable } from '@nestjs/common';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';

export interface DecoratedMethod<M> {
  metadata: M;
  /** The method bound to its provider instance. */
  fn: (...args: never[]) => unknown;
}

/** Finds every provider method carrying `metadataKey` (our @RpcHandler, @EventHandler). */
@Injectable()
export class DecoratedMethodExplorer {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
  ) {}

  find<M>(metadataKey: string): DecoratedMethod<M>[] {
    const found: DecoratedMethod<M>[] = [];
    for (const wrapper of this.discovery.getProviders()) {
      const instance: unknown = wrapper.instance;
      if (!instance || typeof instance !== 'object') continue;
      const prototype = Object.getPrototypeOf(instance) as object;
      for (const method of this.scanner.getAllMethodNames(prototype)) {
        const metadata = Reflect.getMetadata(metadataKey, prototype, method) as M | undefined;
        if (metadata === undefined) continue;
        const fn = (instance as Record<string, (...args: never[]) => unknown>)[method].bind(
          instance,
        );
        found.push({ metadata, fn });
      }
    }
    return found;
  }
}
