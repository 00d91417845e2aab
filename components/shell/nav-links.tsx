"use client";

import Link from "next/link";
import { cn } from "@/components/ui/styles";
import { usePathname } from "next/navigation";

export type NavIcon = "create" | "gallery" | "blend" | "describe" | "shorten" | "faceSwap" | "edit" | "admin";
export interface NavItem {
  href: string;
  label: string;
  icon: NavIcon;
}

const paths: Record<NavIcon, string> = {
  create: "M12 5v14M5 12h14",
  gallery: "M4 5h7v7H4zM13 5h7v7h-7zM4 14h7v5H4zM13 14h7v5h-7z",
  blend: "M9 8a5 5 0 1 0 0 8M15 8a5 5 0 1 1 0 8",
  describe: "M5 6h14M5 12h10M5 18h7",
  shorten: "M4 7h16M4 12h9M4 17h5M17 14l3 3-3 3",
  faceSwap: "M9 10a3 3 0 1 0 0-.01M4 20a5 5 0 0 1 10 0M16 5h4v4M20 5l-4 4",
  edit: "M4 20h4L19 9l-4-4L4 16zM13 7l4 4",
  admin: "M12 3l7 3v6c0 4.5-3 7.5-7 9-4-1.5-7-4.5-7-9V6z",
};

function isActive(pathname: string, href: string) {
  return href === "/" ? pathname === "/" || pathname.startsWith("/jobs") : pathname.startsWith(href);
}

export function NavLinks({ items, orientation }: { items: NavItem[]; orientation: "vertical" | "horizontal" }) {
  const pathname = usePathname();
  // Phones: eight tabs do not fit every width, so the row scrolls rather than wraps its labels.
  return (
    <ul className={orientation === "vertical" ? "space-y-1" : "flex justify-around overflow-x-auto"}>
      {items.map((item) => {
        const active = isActive(pathname, item.href);
        return (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={active ? "page" : undefined}
              className={
                orientation === "vertical"
                  ? cn(
                      "flex items-center gap-3 rounded-lg px-3 py-2 text-sm transition-colors",
                      active ? "bg-white/10 text-white" : "text-neutral-400 hover:bg-white/5 hover:text-white",
                    )
                  : `flex flex-col items-center gap-0.5 px-2.5 py-2 text-[11px] whitespace-nowrap ${active ? "text-white" : "text-neutral-400"}`
              }
            >
              <svg
                aria-hidden
                viewBox="0 0 24 24"
                className="size-5"
                fill="none"
                stroke="currentColor"
                strokeWidth="1.8"
                strokeLinecap="round"
                strokeLinejoin="round"
              >
                <path d={paths[item.icon]} />
              </svg>
              {item.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
