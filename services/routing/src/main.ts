import 'reflect-metadata';
import { bootstrapService, exitOnBootFailure, packageVersion } from '@motcua/platform';
import { AppModule } from './app.module';
import { loadRoutingConfig } from './config/routing.config';

async function main(): Promise<void> {
  const config = loadRoutingConfig();
  await bootstrapService(AppModule.forRoot(config), {
    name: 'routing',
    version: packageVersion(__dirname),
    port: config.HTTP_PORT,
    host: config.HTTP_HOST,
  });
}

main().catch((err: unknown) => exitOnBootFailure('routing', err));
