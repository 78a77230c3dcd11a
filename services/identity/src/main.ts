import 'reflect-metadata';
import { bootstrapService, exitOnBootFailure, packageVersion } from '@motcua/platform';
import { AppModule } from './app.module';
import { loadIdentityConfig } from './config/identity.config';

async function main(): Promise<void> {
  const config = loadIdentityConfig();
  await bootstrapService(AppModule.forRoot(config), {
    name: 'identity',
    version: packageVersion(__dirname),
    port: config.HTTP_PORT,
    host: config.HTTP_HOST,
  });
}

main().catch((err: unknown) => exitOnBootFailure('identity', err));
