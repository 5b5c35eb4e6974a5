// Settings over the built bundle: the profile and follow-up rules, per user, validated before anything is stored.
import { addon } from '../support';

const ADA = {
  name: 'Ada Lovelace',
  school: 'State University',
  areaOfStudy: 'Economics',
  graduationYear: '2027',
  currentStatus: 'Career exploration',
  introduction: 'I love numbers.',
  email: '',
};
const RULES = { thankYouDays: '2', noReplyDays: '10', keepInTouchDays: '60', referralLoopDays: '3', prepareDays: '1' };

describe('Settings', () => {
  it('opens the sidebar on the settings page from the menu', () => {
    const { h, main } = addon();
    main.menuSettings();
    expect(h.ui.sidebars.at(-1)!.html).toContain('data-page="settings"');
  });

  it('starts with an empty profile and the default follow-up rules', () => {
    const { api } = addon();
    const view = api.getSettings();
    expect(view.profile).toEqual({ name: '', school: '', areaOfStudy: '', graduationYear: '', currentStatus: '', introduction: '' });
    expect(view.rules).toEqual({ thankYouDays: 1, noReplyDays: 7, keepInTouchDays: 90, referralLoopDays: 2, prepareDays: 2 });
  });

  it('saves a valid profile and rules, says so, and loads them back', () => {
    const { api } = addon();
    const saved = api.saveSettings({ profile: { ...ADA, currentStatus: 'career exploration' }, rules: RULES });
    expect(saved.ok).toBe(true);
    if (saved.ok) expect(saved.message).toMatch(/saved.*next follow-up check/i);
    const view = api.getSettings();
    expect(view.profile).toEqual({ ...ADA, email: undefined, currentStatus: 'Career exploration' });
    expect(view.rules).toEqual({ thankYouDays: 2, noReplyDays: 10, keepInTouchDays: 60, referralLoopDays: 3, prepareDays: 1 });
  });

  it('keeps each user’s own profile in one shared spreadsheet, and one set of rule numbers for the document', () => {
    const { h, api } = addon();
    h.setUser('ada@example.com');
    api.saveSettings({ profile: ADA, rules: RULES });
    h.setUser('grace@example.com');
    expect(api.getSettings().profile.name).toBe('');
    api.saveSettings({ profile: { ...ADA, name: 'Grace Hopper', school: 'Navy College' }, rules: { ...RULES, noReplyDays: '5' } });
    h.setUser('ada@example.com');
    const ada = api.getSettings();
    expect(ada.profile.name).toBe('Ada Lovelace');
    // The rules write Next action into a sheet both share: Grace's save is the tracker's, for Ada too.
    expect(ada.rules.noReplyDays).toBe(5);
    h.setUser('grace@example.com');
    expect(api.getSettings().profile).toMatchObject({ name: 'Grace Hopper', school: 'Navy College' });
    expect(api.getSettings().rules.noReplyDays).toBe(5);
    expect([...h.properties.document.keys()]).toEqual(['infoInterviews.rules']);
    expect([...h.properties.userOf('ada@example.com').keys()]).toEqual(['infoInterviews.profile']);
  });

  it('reports every bad field and writes nothing when any field fails', () => {
    const { h, api } = addon();
    api.saveSettings({ profile: ADA, rules: RULES });
    const before = new Map(h.properties.user);
    const beforeDocument = new Map(h.properties.document);
    const result = api.saveSettings({
      profile: { ...ADA, name: 'Someone Else', graduationYear: '20x7', email: 'ada@@example' },
      rules: { ...RULES, noReplyDays: '0', keepInTouchDays: '1.5' },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(Object.keys(result.errors).sort()).toEqual(['email', 'graduationYear', 'keepInTouchDays', 'noReplyDays']);
      expect(result.errors.graduationYear).toMatch(/4-digit year/);
      expect(result.errors.noReplyDays).toMatch(/from 1 to 60/);
    }
    expect(new Map(h.properties.user)).toEqual(before);
    expect(new Map(h.properties.document)).toEqual(beforeDocument);
    expect(api.getSettings().profile.name).toBe('Ada Lovelace');
  });

  it('writes nothing when the rules are valid but the profile is not', () => {
    const { h, api } = addon();
    const result = api.saveSettings({ profile: { ...ADA, currentStatus: 'Retired' }, rules: RULES });
    expect(result).toEqual({ ok: false, errors: { currentStatus: expect.stringMatching(/one of/) } });
    expect(h.properties.user.size).toBe(0);
  });

  it('stores text that looks like a formula as the text typed', () => {
    const { api } = addon();
    api.saveSettings({ profile: { ...ADA, introduction: '=HYPERLINK("http://x")+1' }, rules: RULES });
    expect(api.getSettings().profile.introduction).toBe('=HYPERLINK("http://x")+1');
  });
});
