// The home page's daily-check switch.
import type { DailyCheckState } from '../../shared/follow-ups';
import { openDoc } from '../sheet';
import { UserError } from '../errors';
import { isDailyCheckOn, turnOffDailyCheck, turnOnDailyCheck } from './trigger';

export function setDailyCheck(on: boolean): DailyCheckState {
  if (typeof on !== 'boolean') throw new UserError('Choose on or off for the daily check.');
  const ss = openDoc();
  const state = on ? turnOnDailyCheck(ss) : turnOffDailyCheck(ss);
  return { on: isDailyCheckOn(ss), changed: state.changed, ...(state.runBy ? { runBy: state.runBy } : {}) };
}
