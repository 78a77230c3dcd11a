import 'reflect-metadata';
import { bootstrapService, exitOnBootFailure, packageVersion } from '@motcua/platform';
import { AppModule } from './app.module';
import { loadReceptionConfig } from './config/reception.config';

async function main(): Promise<void> {
  const config = loadReceptionConfig();
  await bootstrapService(AppModule.forRoot(config), {
    name: 'reception',
    version: packageVersion(__dirname),
    port: config.HTTP_PORT,
    host: config.HTTP_HOST,
  });
}

main().catch((err: unknown) => exitOnBootFailure('reception', err));
