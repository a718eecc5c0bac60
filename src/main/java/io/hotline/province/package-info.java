/**
 * 省市联网: the same platform as a provincial platform or as a city hotline of a province
 * (decision 0015). A city node sends its changed orders, their timelines and its 事项分类 to
 * the province and pulls what the province holds for it; the province keeps replicas of
 * every city's orders, maps the cities' categories to its standard one, and counts, ranks
 * and supervises the cities from them. Nothing runs on a city without a province nor on a
 * province without cities.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Province and city nodes",
		allowedDependencies = { "org", "catalog", "classification", "workorder", "intake", "address", "workforce",
				"supervision", "portal", "analytics :: rates" })
package io.hotline.province;
