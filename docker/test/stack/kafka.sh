#!/bin/sh
# Kafka (KRaft, one node) from the agent image's own Kafka jars, reachable as kafka:9092.
set -e
mkdir -p /data/kafka
cat > /data/server.properties <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@kafka:9093
listeners=PLAINTEXT://:9092,CONTROLLER://:9093
advertised.listeners=PLAINTEXT://kafka:9092
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
log.dirs=/data/kafka
num.partitions=4
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
PROPS
CP="/app/agent-http.jar:/app/lib/*"
java -Xmx384m -cp "$CP" kafka.tools.StorageTool format -t shopagentstack0000000A -c /data/server.properties --ignore-formatted
exec java -Xmx384m -cp "$CP" kafka.Kafka /data/server.properties
