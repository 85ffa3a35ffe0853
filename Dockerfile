# syntax=docker/dockerfile:1
# Build: docker build -t newsbot .
# Run:   docker run -d --name newsbot --restart unless-stopped -e NEWSBOT_TELEGRAM_TOKEN=... -e NEWSBOT_ADMIN_USER_IDS=... \
#          -v newsbot-data:/data -v newsbot-seeds:/app/seeds newsbot

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
# Dependencies first, so that a code change does not download the models again.
COPY pom.xml .
COPY retrieval/pom.xml retrieval/
COPY bot/pom.xml bot/
RUN mvn -B -q dependency:go-offline -DexcludeGroupIds=dev.newsbot || true
COPY retrieval/src retrieval/src
COPY bot/src bot/src
RUN mvn -B -q -DskipTests package

FROM eclipse-temurin:17-jre
RUN groupadd --system newsbot && useradd --system --gid newsbot --home-dir /app newsbot
WORKDIR /app
# Libraries (models, ONNX runtime) change rarely: their own layer.
COPY --from=build /src/bot/target/lib/ /app/bot/target/lib/
COPY --from=build /src/bot/target/newsbot.jar /app/bot/target/newsbot.jar
COPY config/ /app/config/
COPY seeds/ /app/seeds/
RUN mkdir -p /data && chown -R newsbot:newsbot /data /app/seeds
USER newsbot
# A UTF-8 locale: Java decodes file names and arguments with the locale's charset (株洲日报_2024-03-12.txt).
ENV LANG=C.UTF-8 \
    LC_ALL=C.UTF-8 \
    NEWSBOT_DATA_DIR=/data \
    NEWSBOT_SEEDS_DIR=/app/seeds \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
VOLUME ["/data"]
# The bot serves /healthz on 127.0.0.1:8090 (health.*). The check needs no curl or wget (a JRE image need not
# have them): it is newsbot's own `health` subcommand (no model, no index: about half a second of CPU, 52 MiB).
# The start period covers a first start that indexes the seeds.
HEALTHCHECK --interval=30s --timeout=10s --start-period=5m --retries=3 \
    CMD ["java", "-Xmx48m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", "/app/bot/target/newsbot.jar", "health"]
# With NEWSBOT_TELEGRAM_TOKEN set the bot polls Telegram; without it, it opens the console chat.
ENTRYPOINT ["java", "-jar", "/app/bot/target/newsbot.jar"]
