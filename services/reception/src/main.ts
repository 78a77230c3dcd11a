import 'reflect-metadata';
import { bootstrapService, exitOnBootFailure } from '@motcua/platform';
import { AppModule } from './app.module';
import { loadReceptionConfig } from './config/reception.config';

async function main(): Promise<void> {
  const config = loadReceptionConfig();
  await bootstrapService(AppModule.forRoot(config), {
    name: 'reception',
    port: config.HTTP_PORT,
    host: config.HTTP_HOST,
  });
}

main().catch((err: unknown) => exitOnBootFailure('reception', err));
