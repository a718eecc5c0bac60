package io.hotline.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.hotline.address.Gazetteer;
import io.hotline.address.ResolvedAddress;
import io.hotline.org.Division;

/**
 * Labelled texts generated from the official data of a jurisdiction: a random community,
 * its address written the ways citizens write it (the district left out, 街道 as 街 or
 * dropped, the committee dropped, a county-level city without 市, only the district and
 * street, only the community), a noise word after it (那边, 门口, 小区 …), inside a real
 * message or a complaint sentence. The variations are written here independently of the
 * recognizer's own name forms.
 */
final class GeneratedAddresses {

	private static final String[] VARIANTS = { "official", "no district", "街道 as 街", "no committee", "all short",
			"district and street", "district only", "community only" };

	private static final String[] NOISE = { "", "", "", "那边", "附近", "一带", "门口", "旁边", "那一片", "小区" };

	private static final String[] SENTENCES = { "%s的路灯坏了好几天了", "我住在%s，楼下餐馆油烟很大", "%s有人乱倒建筑垃圾", "投诉%s的工地夜间施工噪音扰民",
			"%s的下水道堵了，希望尽快处理", "反映一下%s停车难的问题", "%s这边经常停水" };

	private GeneratedAddresses() {
	}

	static List<LabelledText> of(Gazetteer gazetteer, String jurisdiction, int count, CarrierSentences carriers,
			Random random) {
		List<Division> communities = gazetteer.within(jurisdiction, Division.COMMUNITY)
			.stream()
			.filter((c) -> c.name().matches(".+(社区|村|委员会|居委会|村委会)"))
			.toList();
		List<LabelledText> texts = new ArrayList<>(count);
		while (texts.size() < count) {
			Division community = communities.get(random.nextInt(communities.size()));
			Division street = gazetteer.division(community.parentCode()).orElseThrow();
			Division district = gazetteer.division(street.parentCode()).orElseThrow();
			if (!street.name().matches(".+(街道|镇|乡)")) {
				continue;
			}
			int variant = random.nextInt(VARIANTS.length);
			String address = address(variant, gazetteer, district, street, community, random)
					+ NOISE[random.nextInt(NOISE.length)];
			boolean carried = carriers.size() > 0 && random.nextBoolean();
			String text = carried ? carriers.embed(address, random)
					: String.format(SENTENCES[random.nextInt(SENTENCES.length)], address);
			ResolvedAddress truth = new ResolvedAddress(district.code(), (variant == 6) ? null : street.code(),
					(variant == 5 || variant == 6) ? null : community.code());
			texts.add(
					new LabelledText(jurisdiction, truth, text, VARIANTS[variant] + (carried ? ", in a message" : "")));
		}
		return texts;
	}

	private static String address(int variant, Gazetteer gazetteer, Division district, Division street,
			Division community, Random random) {
		return switch (variant) {
			case 0 -> city(gazetteer, district, random) + district.name() + street.name() + community.name();
			case 1 -> street.name() + committeeless(community.name());
			case 2 -> shortDistrict(district.name()) + jie(street.name()) + committeeless(community.name());
			case 3 -> district.name() + street.name() + stem(committeeless(community.name()), "社区", "村");
			case 4 ->
				shortDistrict(district.name()) + stem(street.name(), "街道", "镇", "乡") + committeeless(community.name());
			case 5 -> (random.nextBoolean() ? district.name() : shortDistrict(district.name()))
					+ (random.nextBoolean() ? street.name() : jie(street.name()));
			case 6 -> random.nextBoolean() ? district.name() : shortDistrict(district.name());
			default -> committeeless(community.name());
		};
	}

	private static String city(Gazetteer gazetteer, Division district, Random random) {
		String city = gazetteer.division(district.parentCode()).map(Division::name).orElse("");
		return (random.nextBoolean() && !city.contains("直辖") && !city.equals("市辖区")) ? city : "";
	}

	private static String shortDistrict(String name) {
		return (name.endsWith("自治县") || name.endsWith("新区")) ? name : stem(name, "区", "县", "市", "旗");
	}

	private static String jie(String street) {
		if (!street.endsWith("街道")) {
			return street;
		}
		String stem = street.substring(0, street.length() - 2);
		return stem.endsWith("街") ? stem : stem + "街";
	}

	private static String committeeless(String community) {
		return community.replaceFirst("(社区)?(居民委员会|居委会)$", "社区").replaceFirst("村?(村民委员会|村委会)$", "村");
	}

	private static String stem(String name, String... suffixes) {
		for (String suffix : suffixes) {
			if (name.endsWith(suffix) && name.length() - suffix.length() >= 2) {
				return name.substring(0, name.length() - suffix.length());
			}
		}
		return name;
	}

}
