// GET /api/analysis.schema.json: the JSON Schema of the Analysis (docs/analysis.schema.json), which
// /api/openapi.json references for every response that carries an Analysis.
import schema from '@/docs/analysis.schema.json';
import { jsonResponse } from '@/lib/api/json-response';

export function GET(): Response {
  return jsonResponse(schema, 200, { 'Cache-Control': 'public, max-age=300' });
}
