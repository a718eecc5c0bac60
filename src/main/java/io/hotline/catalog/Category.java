package io.hotline.catalog;

import io.hotline.org.UnitId;
import io.hotline.org.UnitType;

/**
 * A 事项分类 of the three-level catalog (城乡建设 / 城市建设和市政管理 / 燃气供应). Its orders go to the
 * default unit, or else to the unit of the default type responsible for the order's
 * location (the street office for 环境卫生, say); consultations can be answered at once by
 * the agent.
 *
 * @param code {@code 01}, {@code 0101}, {@code 010101}: two digits per level
 * @param name the category's own name
 * @param level 1 to 3
 * @param parentCode the category above, none on level 1
 * @param pathName the names from level 1 down, joined by {@code /}
 * @param consultation whether its orders are essentially questions (咨询)
 * @param defaultUnitId the unit its orders go to, if one fixed unit handles them
 * @param defaultUnitType the type of unit resolved by location, if no fixed unit
 * @param limits the time limits in working days
 */
public record Category(String code, String name, int level, String parentCode, String pathName, boolean consultation,
		UnitId defaultUnitId, UnitType defaultUnitType, TimeLimits limits) {

}
