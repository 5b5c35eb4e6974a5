// Prepare questions' one line about a path met before: why its deeper questions lead the list.
export function PathNote({ path }: { path: { name: string; conversations: number; people: number } }) {
  const people = `${path.people} ${path.people === 1 ? 'person' : 'people'}`;
  return (
    <p class="secondary q-path">
      You have talked to {people} about {path.name}: the list opens with deeper questions about this path that you have not asked anyone in it.
    </p>
  );
}
