# syntax=docker/dockerfile:1.7
# Builds the app and serves it with Caddy on port 80, with the same headers
# as public/_headers (tests/hosting/headers.test.ts compares them) and no
# access log: Caddy writes one only when a `log` line asks for it.
#
#   docker build -t notebook . && docker run -p 8080:80 notebook
#
# With your own deployment configuration (a JSON file inside this folder):
#
#   docker build --build-arg NOTEBOOK_CONFIG=our-numbers.json -t notebook .

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY index.html tsconfig.json vite.config.ts ./
COPY public public
COPY locales locales
COPY src src
ARG NOTEBOOK_CONFIG=src/domain/deployment.default.json
COPY ${NOTEBOOK_CONFIG} /deployment.json
RUN NOTEBOOK_CONFIG=/deployment.json npx vite build

FROM caddy:2-alpine
COPY --from=build /app/dist /srv
COPY <<'CADDYFILE' /etc/caddy/Caddyfile
{
	admin off
	auto_https off
}

:80 {
	root * /srv
	file_server
	header -Server
	header {
		Content-Security-Policy "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; manifest-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
		Strict-Transport-Security "max-age=63072000; includeSubDomains"
		Referrer-Policy "no-referrer"
		X-Content-Type-Options "nosniff"
		Permissions-Policy "accelerometer=(), autoplay=(), browsing-topics=(), camera=(), display-capture=(), encrypted-media=(), fullscreen=(), gamepad=(), geolocation=(), gyroscope=(), hid=(), identity-credentials-get=(), idle-detection=(), local-fonts=(), magnetometer=(), microphone=(), midi=(), otp-credentials=(), payment=(), picture-in-picture=(), publickey-credentials-create=(), publickey-credentials-get=(), screen-wake-lock=(), serial=(), storage-access=(), usb=(), window-management=(), xr-spatial-tracking=(), clipboard-read=(), clipboard-write=()"
		Cross-Origin-Opener-Policy "same-origin"
	}
	header / Cache-Control "no-cache"
	header /index.html Cache-Control "no-cache"
	header /sw.js Cache-Control "no-cache"
	header /manifests/* Cache-Control "no-cache"
	header /assets/* Cache-Control "public, max-age=31536000, immutable"
	respond /_headers 404
}
CADDYFILE
