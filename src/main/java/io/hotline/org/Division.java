package io.hotline.org;

/**
 * An official administrative division (NBS 2023 code).
 *
 * @param level 1 province, 2 city, 3 district, 4 street, 5 community
 */
public record Division(String code, String name, int level, String parentCode) {

	public static final int PROVINCE = 1;

	public static final int CITY = 2;

	public static final int DISTRICT = 3;

	public static final int STREET = 4;

	public static final int COMMUNITY = 5;

}
