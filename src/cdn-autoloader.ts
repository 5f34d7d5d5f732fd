/**
 * The autoloader script: registers only the Kith elements on the page, and
 * any added later.
 * <script type="module" src="…/kith-ui/dist/cdn/kith-autoloader.js"></script>
 */
import { startAutoloader } from './autoloader.js';

void startAutoloader();

export { loadElementsIn, startAutoloader, stopAutoloader } from './autoloader.js';
