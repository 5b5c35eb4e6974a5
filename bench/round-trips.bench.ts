// google.script.run round trips per sidebar task (open, save, next), from the
// table the browser tests assert at the relay (test/support/round-trips.ts):
// printed by `npm run bench` beside the calls, since they cost the user more.
import { ROUND_TRIPS } from '../test/support/round-trips';

export const roundTrips = Object.entries(ROUND_TRIPS).map(([task, t]) => ({
  task,
  open: t.open.length,
  save: t.save.length,
  next: t.next.length,
  nextIs: t.nextIs,
}));

export const scenarios = [];
