import 'reflect-metadata';
import { bootstrapService, exitOnBootFailure, packageVersion } from '@motcua/platform';
import { AppModule } from './app.module';
import { loadGatewayConfig } from './config/gateway.config';

async function main(): Promise<void> {
  const config = loadGatewayConfig();
  await bootstrapService(AppModule.forRoot(config), {
    name: 'gateway',
    version: packageVersion(__dirname),
    port: config.HTTP_PORT,
    host: config.HTTP_HOST,
  });
}

main().catch((err: unknown) => exitOnBootFailure('gateway', err));
