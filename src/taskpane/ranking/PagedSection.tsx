import { Button, Caption1, CounterBadge, Subtitle2 } from "@fluentui/react-components";
import { useState, type ReactNode } from "react";
import { LIST_PAGE } from "./rankingLayout";

/**
 * A counted list of the ranking: its heading with the number of families, a line when there is
 * none, the first LIST_PAGE families and a button that shows LIST_PAGE more.
 */
export function PagedSection<T>(props: {
  headingId: string;
  heading: string;
  items: readonly T[];
  none: string;
  showMore: (count: number) => string;
  children: (shown: readonly T[]) => ReactNode;
}) {
  const { items } = props;
  const [shown, setShown] = useState(LIST_PAGE);
  return (
    <section aria-labelledby={props.headingId}>
      <Subtitle2 as="h3" id={props.headingId}>
        {props.heading} <CounterBadge count={items.length} overflowCount={99999} color="informative" />
      </Subtitle2>
      {items.length === 0 ? <Caption1>{props.none}</Caption1> : null}
      {props.children(items.slice(0, shown))}
      {items.length > shown ? (
        <Button appearance="subtle" size="small" onClick={() => setShown(shown + LIST_PAGE)}>
          {props.showMore(Math.min(LIST_PAGE, items.length - shown))}
        </Button>
      ) : null}
    </section>
  );
}
