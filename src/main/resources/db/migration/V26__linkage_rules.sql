-- 智能联动: the rules that read an order's words for an emergency (110 police, 119 fire, 120 ambulance) or a
-- risk (self-harm, threat, group petition, strong emotion). A rule fires when at least min_matches of its
-- trigger words occur and are not negated by one of its exclusion words nearby (see docs/linkage.md). The
-- emergency rules also exclude what is only feared or long past (一旦发生火灾, 曾经发生过火灾): a fire that may
-- happen is a hazard for a unit, not a call to transfer to 119. Tuned on a labelled sample of the Teddy Cup 2020
-- messages (docs/linkage.md): 聚集 alone and 报复 alone fired mostly on other meanings, so the petition rule names
-- who gathers and the threat rule who retaliates.
-- Edited by administrators and supervisors, each edit raising the version.
create table linkage_rule (
	id bigserial primary key,
	code varchar(32) not null unique,
	name varchar(20) not null,
	kind varchar(16) not null,
	service varchar(3),
	risk_type varchar(20),
	triggers text[] not null,
	exclusions text[] not null default '{}',
	min_matches int not null default 1,
	enabled boolean not null default true,
	version int not null default 0,
	changed_by varchar(64) not null,
	changed_at timestamptz not null default now(),
	check ((kind = 'EMERGENCY' and service in ('110', '119', '120') and risk_type is null)
		or (kind = 'RISK' and service is null
			and risk_type in ('SELF_HARM', 'THREAT', 'GROUP_PETITION', 'STRONG_EMOTION'))),
	check (min_matches >= 1)
);

insert into linkage_rule (code, name, kind, service, risk_type, triggers, exclusions, min_matches, changed_by) values
('FIRE', '火灾', 'EMERGENCY', '119', null,
	'{着火,起火,失火,火灾,冒烟,烧起来,浓烟,明火,火情,火势,大火}',
	'{没有,没,不是,未,无,防止,避免,以免,预防,防范,谨防,一旦,万一,如果,倘若,假如,要是,以防,曾经,曾,发生过,出现过,可能,容易,不堪设想,险情,已经灭了,已经扑灭,已扑灭,被扑灭,火灾隐患,消防隐患,隐患,演练,演习,逃生,消防通道,消防设施,安全检查}',
	1, 'system'),
('INJURY', '人员受伤', 'EMERGENCY', '120', null,
	'{受伤,流血,昏迷,晕倒,车祸,摔伤,骨折,倒地不起,不省人事,呼吸困难,休克,抽搐,口吐白沫,大出血,被撞}',
	'{没有,没,不是,未,无,防止,避免,以免,预防,防范,谨防,一旦,万一,如果,倘若,假如,要是,以防,曾经,曾,发生过,出现过,可能,容易,不堪设想,险情,险些,差点,受伤害,流血流汗,安全隐患,工伤认定,工伤保险,伤残鉴定,赔偿}',
	1, 'system'),
('GAS', '燃气泄漏', 'EMERGENCY', '119', null,
	'{煤气泄漏,燃气泄漏,天然气泄漏,液化气泄漏,煤气泄露,燃气泄露,天然气泄露,煤气味,燃气味,天然气味,漏气,闻到煤气,闻到燃气}',
	'{没有,没,不是,未,无,防止,避免,以免,预防,防范,谨防,一旦,万一,如果,倘若,假如,要是,以防,曾经,曾,发生过,出现过,可能,容易,不堪设想,险情,隐患,风险,已修好,已经修好,已修复,安全检查,入户安检,轮胎,空调}',
	1, 'system'),
('VIOLENCE', '暴力', 'EMERGENCY', '110', null,
	'{打人,持刀,拿刀,家暴,家庭暴力,抢劫,殴打,砍人,行凶,斗殴,打架,被打,捅伤,绑架,猥亵,威胁要打}',
	'{没有,没,不是,未,无,防止,避免,以免,预防,防范,谨防,一旦,万一,如果,倘若,假如,要是,以防,曾经,曾,发生过,出现过,可能,容易,不堪设想,险情,打架子鼓,打人员,打扰,一棒子}',
	1, 'system'),
('SELF_HARM', '自伤', 'RISK', null, 'SELF_HARM',
	'{不想活,自杀,跳楼,跳河,轻生,寻死,割腕,喝农药,活不下去,结束生命,一死了之,以死相逼,死给你们看}',
	'{没有,没,不是,未,防止,避免,以免,预防,防范,谨防,防溺水,防坠楼,减轻,年轻}',
	1, 'system'),
('THREAT', '威胁', 'RISK', null, 'THREAT',
	'{报复社会,同归于尽,炸掉,炸了你,杀了他,杀了你,弄死,放火烧,鱼死网破,血债血偿,我要报复,我会报复,我就报复,去报复,报复他们}',
	'{没有,没,不是,未,防止,避免,以免,担心,害怕,怕被,遭到,遭受,受到,被报复,打击报复,申报,复核}',
	1, 'system'),
('PETITION', '群体上访', 'RISK', null, 'GROUP_PETITION',
	'{集体上访,群体上访,拉横幅,打横幅,堵路,堵门,静坐,围堵,业主聚集,村民聚集,群众聚集,居民聚集,受害者聚集,聚集维权,聚集上访,集体维权,联名上访,到市政府,到省政府,上访}',
	'{没有,没,不是,未,防止,避免,以免,预防,防范,禁止,疫情,拥堵,人员聚集,车辆聚集,聚集性,聚集区,聚集地,聚集点,蚊虫,垃圾}',
	1, 'system'),
('EMOTION', '强烈情绪', 'RISK', null, 'STRONG_EMOTION',
	'{忍无可忍,气死,太过分,欺人太甚,天理何在,没有王法,走投无路,投诉无门,求助无门,逼死,逼得,受够了,崩溃,绝望,愤怒,寒心,无法忍受,忍不下去,求求你们}',
	'{没有,没,不,不是,未}',
	2, 'system');
