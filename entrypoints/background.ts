import { TOURS } from '@/tours';
import { startBackground } from '@/utils/background/startBackground';

export default defineBackground(() => {
  // Synchronous: every listener must exist before the worker's first await (MV3).
  startBackground({ tours: TOURS });
});
