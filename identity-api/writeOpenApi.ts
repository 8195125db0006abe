import { writeFileSync } from 'node:fs';
import { openApiYaml } from './openapi';

/** Regenerates docs/identity-api.openapi.yaml; a unit test fails when the file is stale. */
writeFileSync(new URL('../docs/identity-api.openapi.yaml', import.meta.url), openApiYaml());
