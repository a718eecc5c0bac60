-- Open311: a client's key may read every request in full (others read only what is public); and the optional
-- contact fields of a request that were ignored for a bad value (e-mail "null", a phone that is no phone),
-- kept beside the request as {"field": "value sent"} so that the report itself is never lost.
alter table open311_client add column can_read boolean not null default false;

alter table open311_request add column ignored jsonb not null default '{}';
