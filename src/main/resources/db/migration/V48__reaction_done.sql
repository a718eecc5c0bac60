-- Durable reactions (issue 18, i18-events): each reaction to an order event (a timeline entry, published through
-- Spring Modulith's event_publication registry) notes here, in its own transaction, that it handled the event, so
-- that an event delivered again (resubmitted after a crash, a restart, or on another instance) is not applied twice.
-- Rows older than hotline.reactions.keep-days (7) are purged every night.
create table reaction_done (
    reaction varchar(40) not null,
    event_id bigint not null,
    done_at timestamptz not null default now(),
    primary key (reaction, event_id)
);
create index reaction_done_at on reaction_done (done_at);
