// GET /api/openapi.json: the API's OpenAPI document (docs/openapi.json, checked against the routes in tests).
import document from '@/docs/openapi.json';
import { jsonResponse } from '@/lib/api/json-response';

export function GET(): Response {
  return jsonResponse(document, 200, { 'Cache-Control': 'public, max-age=300' });
}
