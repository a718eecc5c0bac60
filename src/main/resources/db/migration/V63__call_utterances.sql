-- Issue 20: what was said on a call, utterance by utterance (TRANSCRIPT events' utterances): the speaker, the
-- seconds from the call's answer (kept in milliseconds) and the text. Several TRANSCRIPT events may bring a call's
-- utterances as they are recognised: each is kept once (the same speaker and start).
create table call_utterance (
	id bigserial primary key,
	call_id varchar(128) not null,
	speaker varchar(8) not null check (speaker in ('AGENT', 'CALLER')),
	start_ms bigint not null check (start_ms >= 0),
	end_ms bigint not null check (end_ms >= start_ms),
	text text not null,
	unique (call_id, speaker, start_ms)
);
