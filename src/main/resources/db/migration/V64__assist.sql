-- Issue 20, 坐席助手 (io.hotline.assist): the forms proposed from conversations, the agent's outcome field by
-- field (accepted or changed, and to what) for the accuracy report, and the scripts (话术) shown as guidance.
create table assist_form (
	id bigserial primary key,
	call_id varchar(128),
	created_by varchar(64) not null,
	created_at timestamptz not null,
	utterances integer not null,
	proposal jsonb not null,
	order_id bigint,
	decided_by varchar(64),
	decided_at timestamptz
);
create index assist_form_decided_idx on assist_form (decided_at) where decided_at is not null;
create index assist_form_call_idx on assist_form (call_id) where call_id is not null;

-- one row per field of a decided form: what was proposed (null: nothing) and what the agent kept (null: left empty)
create table assist_form_field (
	form_id bigint not null references assist_form (id),
	field varchar(32) not null,
	proposed text,
	confidence double precision not null,
	final text,
	accepted boolean not null,
	primary key (form_id, field)
);

create table assist_script (
	id bigserial primary key,
	code varchar(32) not null unique,
	name varchar(40) not null,
	situation varchar(16) not null,
	order_type varchar(16),
	category_code varchar(64),
	service varchar(3),
	text varchar(1000) not null,
	position integer not null default 0,
	enabled boolean not null default true,
	version integer not null default 1,
	changed_by varchar(64) not null,
	changed_at timestamptz not null
);

insert into assist_script (code, name, situation, order_type, service, text, position, changed_by, changed_at) values
('GREETING', '开场问候', 'GREETING', null, null, '您好，12345政务服务便民热线，工号{工号}为您服务，请问有什么可以帮您？', 10, 'system', now()),
('CONFIRM_NEED', '确认诉求', 'CONFIRM', null, null, '跟您确认一下：您反映的是……（复述时间、地点、事项），希望……，对吗？', 20, 'system', now()),
('CONFIRM_CONTACT', '核实联系方式', 'CONFIRM', null, null, '为方便承办单位联系您，请问您贵姓？联系电话是来电号码吗？', 25, 'system', now()),
('ANSWER_CONSULT', '答复咨询', 'ANSWER', 'CONSULTATION', null, '根据相关规定……（按知识库文章答复）。请问我说清楚了吗？', 30, 'system', now()),
('ANSWER_COMPLAINT', '受理投诉', 'ANSWER', 'COMPLAINT', null, '您反映的问题我们已详细记录，将转交相关部门在规定时限内处理并回复您。', 31, 'system', now()),
('ANSWER_REPORT', '受理举报', 'ANSWER', 'REPORT', null, '感谢您的举报，我们会对您的个人信息严格保密，并转相关部门核查处理。', 32, 'system', now()),
('ANSWER_HELP', '受理求助', 'ANSWER', 'HELP', null, '您先别着急，我们马上为您联系相关部门，请保持电话畅通。', 33, 'system', now()),
('ANSWER_SUGGESTION', '受理建议', 'ANSWER', 'SUGGESTION', null, '感谢您的宝贵建议，我们会记录并转交相关部门研究。', 34, 'system', now()),
('COMFORT', '安抚情绪', 'COMFORT', null, null, '非常理解您的心情，给您带来不便很抱歉。请您慢慢说，我一定把您的问题完整记录下来，督促尽快解决。', 40, 'system', now()),
('EMERGENCY_110', '紧急转110', 'EMERGENCY', null, '110', '请您注意自身安全！这种情况需要公安处理，我马上为您转接110，请不要挂机。', 50, 'system', now()),
('EMERGENCY_119', '紧急转119', 'EMERGENCY', null, '119', '请您立即远离危险区域！我马上为您转接119消防，请不要挂机。', 51, 'system', now()),
('EMERGENCY_120', '紧急转120', 'EMERGENCY', null, '120', '请保持冷静，不要随意移动伤者！我马上为您转接120急救，请不要挂机。', 52, 'system', now()),
('CLOSING', '结束语', 'CLOSING', null, null, '请问还有其他可以帮您的吗？感谢您的来电，稍后可能会有回访，请您对我的服务进行评价，再见！', 90, 'system', now());
