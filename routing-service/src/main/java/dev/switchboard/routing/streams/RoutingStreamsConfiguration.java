package dev.switchboard.routing.streams;

import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.EnableKafkaStreams;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;

/** Hands the routing topology to Spring's Kafka Streams lifecycle, configured by {@code spring.kafka.streams.*}. */
@Configuration(proxyBeanMethods = false)
@EnableKafkaStreams
class RoutingStreamsConfiguration {

    @Bean
    KStream<String, byte[]> routingDecisions(StreamsBuilder builder, RoutingStreamsProperties properties,
            ObjectProvider<RoutingObserver> observer) {
        return RoutingTopology.define(builder, new RoutingTopology.Settings(properties.inputsTopic(),
                properties.decisionsTopic(), properties.handBackCheck(),
                observer.getIfAvailable(() -> RoutingObserver.NONE)));
    }

    @Bean
    KafkaStreamsHealthIndicator kafkaStreamsHealthIndicator(StreamsBuilderFactoryBean streams) {
        return new KafkaStreamsHealthIndicator(streams);
    }
}
