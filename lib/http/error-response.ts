// Maps errors to JSON responses for route handlers: AppError's status and message, else 500.
import { NextResponse } from "next/server";
import { isAppError, toUserMessage } from "@/lib/errors";

export function errorResponse(error: unknown): NextResponse {
  const status = isAppError(error) ? error.status : 500;
  return NextResponse.json({ error: toUserMessage(error) }, { status });
}
