// Themes ship as plain CSS files: kith-ui/themes/<name>.css
import { cpSync } from 'node:fs';
cpSync('src/themes', 'dist/themes', { recursive: true, filter: (path) => !path.endsWith('.ts') });
