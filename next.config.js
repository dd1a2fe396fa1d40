/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and WASM-backed packages stay outside the server bundle; they are loaded from node_modules.
  serverExternalPackages: ['better-sqlite3', '@prisma/adapter-better-sqlite3', '@prisma/adapter-pg', 'pg', 'pg-boss', 'wink-nlp', 'wink-eng-lite-web-model'],
  poweredByHeader: false,
  // Eight articles of up to 200,000 characters exceed the default 1 MB body of a server action.
  experimental: { serverActions: { bodySizeLimit: '2mb' } },
};

module.exports = nextConfig;
