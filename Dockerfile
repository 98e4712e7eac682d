# Cluster Forum on the official Payara Micro image. Build the WAR first: mvn package -DskipTests
#   docker build -t cluster-forum .
#   docker run -p 8080:8080 -v forum-data:/opt/payara/data \
#     -e FORUM_ADMIN_EMAIL=you@example.org -e FORUM_ADMIN_PASSWORD='a long passphrase' cluster-forum
FROM payara/micro:7.2026.11-jdk21

# All state (Derby database, attachments, later the search index) lives in the volume; no demo content in production.
ENV FORUM_DATA_DIR=/opt/payara/data \
    FORUM_DEMO=false \
    JVM_ARGS="-Dderby.stream.error.field=java.lang.System.err"

USER root
RUN mkdir -p /opt/payara/data /opt/payara/config && chown -R payara:payara /opt/payara/data /opt/payara/config
USER payara

COPY --chown=payara:payara server-config/pre-boot-commands.txt /opt/payara/config/pre-boot-commands.txt
COPY --chown=payara:payara target/cluster-forum.war /opt/payara/deployments/ROOT.war

VOLUME /opt/payara/data
EXPOSE 8080

# The image's entrypoint is Payara Micro; these are its arguments: one node, our boot commands, the forum at /.
CMD ["--nocluster", "--prebootcommandfile", "/opt/payara/config/pre-boot-commands.txt", \
     "--deploy", "/opt/payara/deployments/ROOT.war", "--contextroot", "/"]
