import 'reflect-metadata';
import { bootstrapService, exitOnBootFailure, packageVersion } from '@motcua/platform';
import { AppModule } from './app.module';
import { loadCatalogConfig } from './config/catalog.config';

async function main(): Promise<void> {
  const config = loadCatalogConfig();
  await bootstrapService(AppModule.forRoot(config), {
    name: 'catalog',
    version: packageVersion(__dirname),
    port: config.HTTP_PORT,
    host: config.HTTP_HOST,
  });
}

main().catch((err: unknown) => exitOnBootFailure('catalog', err));
