import 'reflect-metadata';
import { bootstrapService, exitOnBootFailure, packageVersion } from '@motcua/platform';
import { AppModule } from './app.module';
import { loadNotificationConfig } from './config/notification.config';

async function main(): Promise<void> {
  const config = loadNotificationConfig();
  await bootstrapService(AppModule.forRoot(config), {
    name: 'notification',
    version: packageVersion(__dirname),
    port: config.HTTP_PORT,
    host: config.HTTP_HOST,
  });
}

main().catch((err: unknown) => exitOnBootFailure('notification', err));
