# KIM Workflows web host. Multi-stage:
#   1. client  – npm ci + esbuild: the designer and monitor bundles (wwwroot/dist)
#   2. build   – dotnet publish, with the bundle from stage 1 (BuildDesignerBundle=false: no node in this stage)
#   3. runtime – ASP.NET Core runtime, non-root, data in /data (a volume)
# Build: docker build -t kim-workflows .   Run: see docker-compose.yml.

FROM node:22-bookworm-slim AS client
WORKDIR /src/src/Kim.Workflows.Web/ClientApp
COPY src/Kim.Workflows.Web/ClientApp/package.json src/Kim.Workflows.Web/ClientApp/package-lock.json ./
RUN npm ci --no-audit --no-fund --loglevel=error
COPY src/Kim.Workflows.Web/ClientApp/ ./
RUN node build.mjs --production

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Restore first (cached while only sources change).
COPY Directory.Build.props Directory.Packages.props ./
COPY src/Kim.Workflows.Engine/Kim.Workflows.Engine.csproj src/Kim.Workflows.Engine/
COPY src/Kim.Workflows.Runtime/Kim.Workflows.Runtime.csproj src/Kim.Workflows.Runtime/
COPY src/Kim.Workflows.Domain/Kim.Workflows.Domain.csproj src/Kim.Workflows.Domain/
COPY src/Kim.Workflows.Notifications/Kim.Workflows.Notifications.csproj src/Kim.Workflows.Notifications/
COPY src/Kim.Workflows.Web/Kim.Workflows.Web.csproj src/Kim.Workflows.Web/
RUN dotnet restore src/Kim.Workflows.Web/Kim.Workflows.Web.csproj
COPY src/ src/
COPY --from=client /src/src/Kim.Workflows.Web/wwwroot/dist/ src/Kim.Workflows.Web/wwwroot/dist/
RUN dotnet publish src/Kim.Workflows.Web/Kim.Workflows.Web.csproj -c Release --no-restore -p:BuildDesignerBundle=false -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
COPY workflows/ /app/workflows/
COPY templates/ /app/templates/
ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_ENVIRONMENT=Production \
    DOTNET_gcServer=0 \
    KimWorkflows__Runtime__DataDirectory=/data \
    KimWorkflows__Runtime__WorkflowsDirectory=/app/workflows
RUN mkdir -p /data && chown app:app /data
VOLUME ["/data"]
USER app
EXPOSE 8080
ENTRYPOINT ["dotnet", "Kim.Workflows.Web.dll"]
