// A mistake the user can fix, with a message fit to show as it is; anything
// else reaching the sidebar is a bug and is shown as one.

export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}
