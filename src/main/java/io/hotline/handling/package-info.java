/**
 * 办理 by the handling units: 签收, 退单, 延期 (with a supervisor's approval), 协办意见 and 办理回复;
 * 答复质量: each reply scored, a weak one held for review before the callback.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Handling",
		allowedDependencies = { "org", "catalog", "workorder" })
package io.hotline.handling;
