-- Moving the second factor to a new phone: the new app's secret waits here, unconfirmed, while the old one keeps
-- working, so a move abandoned half-way never leaves an account without its second factor.
alter table access.user_account add column totp_pending_secret text;
