package io.hotline.platform;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * What the API takes in, checked in one place rather than endpoint by endpoint: every
 * string of a JSON body ({@link CheckedStrings}, and {@link RequestBodyGuard} for bodies
 * read as a tree or as text), every query, form and path parameter
 * ({@link ParameterGuard}), the size of a body ({@link RequestBodyGuard}). The JSON
 * bodies are read by a mapper of their own, the application's with the checks added, so
 * that JSON the platform stored itself is read as it was written.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class RequestInputConfiguration implements WebMvcConfigurer {

	/**
	 * Replaces the JSON converter that Spring Boot configured (with order 0) by one whose
	 * mapper checks the strings and takes no fraction for a whole number.
	 */
	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE)
	ServerHttpMessageConvertersCustomizer checkedJsonInput(JsonMapper json) {
		JsonMapper checked = json.rebuild()
			.addModule(new SimpleModule("checked-input").addDeserializer(String.class, new CheckedStrings()))
			.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
			.build();
		return (converters) -> converters.withJsonConverter(new JacksonJsonHttpMessageConverter(checked));
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new ParameterGuard());
	}

}
