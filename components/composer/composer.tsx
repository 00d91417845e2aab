"use client";

import { useQuery } from "@tanstack/react-query";
import { useId, useRef, useState } from "react";
import { RemixToggle } from "@/components/jobs/remix-toggle";
import { Icon } from "@/components/ui/icon";
import { imageFiles } from "@/components/upload/upload-image";
import { useImageUploads } from "@/components/upload/use-image-uploads";
import type { ImageReference } from "@/lib/domain/image-reference";
import { readComposerState, withPromptText } from "@/lib/prompt/composer-flags";
import { promptVersion, unsupportedFlagMessages, usedFeatures } from "@/lib/prompt/version-support";
import { connectionsQueryOptions } from "@/lib/query/connections";
import { ComposerOptions } from "./composer-options";
import { ComposerSettings } from "./composer-settings";
import { ImageReferences, ReferenceChips } from "./image-references";
import { PromptMessages } from "./prompt-messages";
import { ReferenceSlots } from "./reference-slots";
import { useReferenceSlots } from "./use-reference-slots";
import { useImagineSubmit } from "./use-imagine-submit";
import { cn } from "@/components/ui/styles";

/**
 * The imagine bar: a prompt, its parameters as controls (two-way with the -- flags), reference
 * slots (gallery picks from "Use as style reference", drops, pastes, uploads), Generate.
 */
export function Composer({ initialPrompt = "", initialReferences = [] }: { initialPrompt?: string; initialReferences?: ImageReference[] }) {
  const [prompt, setPrompt] = useState(initialPrompt);
  const [open, setOpen] = useState(initialReferences.length > 0);
  const [urls, setUrls] = useState<string[]>([]);
  const [connectionId, setConnectionId] = useState("");
  const [isPrivate, setPrivate] = useState(false);
  const [announce, setAnnounce] = useState("");
  const refs = useImageUploads(5);
  const slots = useReferenceSlots(initialReferences);
  const { data: connections = [] } = useQuery(connectionsQueryOptions());
  const { submit, phase, error, check, clearCheck, setError } = useImagineSubmit();
  const textarea = useRef<HTMLTextAreaElement>(null);
  const ids = { prompt: useId(), messages: useId(), settings: useId() };
  const { errors: flagErrors, flags } = readComposerState(prompt);
  const version = promptVersion(flags);
  const versionWarnings = unsupportedFlagMessages(version, [...usedFeatures(flags), ...slots.filledSlots]);
  const busy = phase !== "idle";

  const change = (next: string) => {
    setPrompt(next);
    clearCheck();
    if (error) setError(null);
  };

  const generate = async () => {
    if (busy) return;
    if (refs.uploading || slots.uploading) return setError("Wait for the image references to finish uploading.");
    if (versionWarnings.length > 0) return setError("The chosen version does not take what is marked below: change the version or remove it.");
    const jobId = await submit({
      prompt,
      imageRefKeys: refs.ready.map((r) => r.key!),
      imageRefUrls: urls,
      references: slots.references,
      connectionId: connectionId || undefined,
      visibility: isPrivate ? "PRIVATE" : "SHARED",
    });
    if (!jobId) return textarea.current?.focus();
    setPrompt(withPromptText(prompt, ""));
    refs.clear();
    slots.clear();
    setUrls([]);
    setAnnounce(`Started: ${readComposerState(prompt).text}. It appears in your feed below.`);
    textarea.current?.focus();
  };

  return (
    <form
      aria-label="Imagine"
      onSubmit={(event) => {
        event.preventDefault();
        void generate();
      }}
      onDragOver={(event) => event.preventDefault()}
      onDrop={(event) => {
        const files = imageFiles(event.dataTransfer.files);
        if (files.length === 0) return;
        event.preventDefault();
        refs.add(files);
      }}
      className="rounded-2xl border border-white/10 bg-ink-900 p-2 shadow-2xl shadow-black/40 transition-colors focus-within:border-white/20"
    >
      <ReferenceChips
        uploads={refs.items}
        onRemoveUpload={refs.remove}
        urls={urls}
        onUrlsChange={setUrls}
        galleryImages={slots.imagePromptIds}
        onRemoveGalleryImage={slots.removeImagePrompt}
      />
      <div className="flex items-end gap-2">
        <label htmlFor={ids.prompt} className="sr-only">
          Prompt
        </label>
        <textarea
          id={ids.prompt}
          ref={textarea}
          value={prompt}
          rows={1}
          placeholder="What will you imagine?"
          aria-invalid={flagErrors.length > 0 || Boolean(error) || undefined}
          aria-describedby={ids.messages}
          onChange={(event) => change(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) {
              event.preventDefault();
              void generate();
            }
          }}
          onPaste={(event) => {
            const files = imageFiles(event.clipboardData.items);
            if (files.length === 0) return;
            event.preventDefault();
            refs.add(files);
          }}
          className={cn(
            "field-sizing-content max-h-60 focus-visible:outline-none min-h-11 flex-1 resize-none bg-transparent",
            "px-3 py-2.5 text-[15px] leading-6 text-neutral-100 placeholder:text-neutral-500 focus:outline-none",
          )}
        />
        <button
          type="button"
          aria-expanded={open}
          aria-controls={ids.settings}
          onClick={() => setOpen((o) => !o)}
          className={cn(
            "inline-flex h-10 items-center gap-2 rounded-xl px-3 text-sm transition-colors",
            open ? "bg-white/10 text-white" : "text-neutral-400 hover:bg-white/5 hover:text-white",
          )}
        >
          <Icon name="sliders" className="size-5" />
          <span className="hidden sm:inline">Settings</span>
          <span className="sr-only sm:hidden">Settings</span>
        </button>
        <button
          type="submit"
          disabled={busy}
          className={cn(
            "inline-flex h-10 items-center rounded-xl bg-accent-strong px-4 text-sm font-semibold text-white",
            "transition-colors hover:bg-accent disabled:cursor-wait disabled:opacity-60",
          )}
        >
          {phase === "checking" ? "Checking…" : phase === "submitting" ? "Starting…" : "Generate"}
        </button>
      </div>
      <PromptMessages id={ids.messages} flagErrors={flagErrors} versionWarnings={versionWarnings} error={error} check={check} announce={announce} />
      <div id={ids.settings} hidden={!open} className="mt-2 border-t border-white/5 px-3 pb-3 pt-4">
        <div className="grid gap-6">
          <ComposerSettings prompt={prompt} onPromptChange={change} />
          <ReferenceSlots prompt={prompt} flags={flags} version={version} slots={slots.slots} onPromptChange={change} />
          <div className="grid gap-6 md:grid-cols-2 xl:grid-cols-3">
            <ImageReferences count={refs.items.length + urls.length + slots.imagePromptIds.length} onUpload={refs.add} urls={urls} onUrlsChange={setUrls} />
            <ComposerOptions
              connections={connections}
              connectionId={connectionId}
              onConnectionChange={setConnectionId}
              isPrivate={isPrivate}
              onPrivateChange={setPrivate}
            />
          </div>
          <RemixToggle />
        </div>
      </div>
    </form>
  );
}
