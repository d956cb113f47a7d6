// ArkUI components the sample pages use (see arkui-common.d.ts for the pattern and why).

declare interface ColumnOptions { space?: string | number }
declare interface ColumnInterface { (value?: ColumnOptions): ColumnAttribute }
declare class ColumnAttribute extends CommonMethod<ColumnAttribute> {
  alignItems(value: HorizontalAlign): ColumnAttribute;
  justifyContent(value: FlexAlign): ColumnAttribute;
}
declare const Column: ColumnInterface;
declare const ColumnInstance: ColumnAttribute;

declare interface RowOptions { space?: string | number }
declare interface RowInterface { (value?: RowOptions): RowAttribute }
declare class RowAttribute extends CommonMethod<RowAttribute> {
  alignItems(value: VerticalAlign): RowAttribute;
  justifyContent(value: FlexAlign): RowAttribute;
}
declare const Row: RowInterface;
declare const RowInstance: RowAttribute;

declare interface TextInterface { (content?: string | Resource): TextAttribute }
declare class TextAttribute extends CommonMethod<TextAttribute> {
  fontSize(value: number | string | Resource): TextAttribute;
  fontColor(value: ResourceColor): TextAttribute;
  fontWeight(value: number | FontWeight | string): TextAttribute;
  textAlign(value: TextAlign): TextAttribute;
  maxLines(value: number): TextAttribute;
  textOverflow(value: { overflow: TextOverflow }): TextAttribute;
}
declare const Text: TextInterface;
declare const TextInstance: TextAttribute;

declare interface ButtonOptions { type?: ButtonType; stateEffect?: boolean }
declare interface ButtonInterface {
  (): ButtonAttribute;
  (options: ButtonOptions): ButtonAttribute;
  (label: ResourceStr, options?: ButtonOptions): ButtonAttribute;
}
declare class ButtonAttribute extends CommonMethod<ButtonAttribute> {
  type(value: ButtonType): ButtonAttribute;
  fontSize(value: Length): ButtonAttribute;
  fontColor(value: ResourceColor): ButtonAttribute;
}
declare const Button: ButtonInterface;
declare const ButtonInstance: ButtonAttribute;

declare interface TextInputOptions { placeholder?: ResourceStr; text?: ResourceStr }
declare interface TextInputInterface { (value?: TextInputOptions): TextInputAttribute }
declare class TextInputAttribute extends CommonMethod<TextInputAttribute> {
  type(value: InputType): TextInputAttribute;
  maxLength(value: number): TextInputAttribute;
  onChange(callback: (value: string) => void): TextInputAttribute;
  onSubmit(callback: (enterKey: number) => void): TextInputAttribute;
}
declare const TextInput: TextInputInterface;
declare const TextInputInstance: TextInputAttribute;

declare interface ToggleOptions { type: ToggleType; isOn?: boolean }
declare interface ToggleInterface { (options: ToggleOptions): ToggleAttribute }
declare class ToggleAttribute extends CommonMethod<ToggleAttribute> {
  onChange(callback: (isOn: boolean) => void): ToggleAttribute;
}
declare const Toggle: ToggleInterface;
declare const ToggleInstance: ToggleAttribute;

declare interface ListOptions { space?: number | string; initialIndex?: number }
declare interface ListInterface { (value?: ListOptions): ListAttribute }
declare class ListAttribute extends CommonMethod<ListAttribute> {
  divider(value: { strokeWidth: Length; color?: ResourceColor } | null): ListAttribute;
}
declare const List: ListInterface;
declare const ListInstance: ListAttribute;

declare interface ListItemInterface { (value?: string): ListItemAttribute }
declare class ListItemAttribute extends CommonMethod<ListItemAttribute> {}
declare const ListItem: ListItemInterface;
declare const ListItemInstance: ListItemAttribute;

declare interface ScrollInterface { (scroller?: Object): ScrollAttribute }
declare class ScrollAttribute extends CommonMethod<ScrollAttribute> {
  scrollBar(barState: BarState): ScrollAttribute;
}
declare const Scroll: ScrollInterface;
declare const ScrollInstance: ScrollAttribute;

declare interface NavigationInterface { (): NavigationAttribute }
declare class NavigationAttribute extends CommonMethod<NavigationAttribute> {
  title(value: ResourceStr): NavigationAttribute;
  titleMode(mode: NavigationTitleMode): NavigationAttribute;
  hideBackButton(value: boolean): NavigationAttribute;
}
declare const Navigation: NavigationInterface;
declare const NavigationInstance: NavigationAttribute;

declare interface DividerInterface { (): DividerAttribute }
declare class DividerAttribute extends CommonMethod<DividerAttribute> {
  color(value: ResourceColor): DividerAttribute;
  strokeWidth(value: number | string): DividerAttribute;
}
declare const Divider: DividerInterface;
declare const DividerInstance: DividerAttribute;

declare interface BlankInterface { (min?: number | string): BlankAttribute }
declare class BlankAttribute extends CommonMethod<BlankAttribute> {}
declare const Blank: BlankInterface;
declare const BlankInstance: BlankAttribute;

// Generic (the SDK uses `any`) so item callbacks keep their element type.
declare interface ForEachInterface {
  <T>(arr: Array<T>, itemGenerator: (item: T, index: number) => void,
    keyGenerator?: (item: T, index: number) => string): ForEachInterface;
}
declare const ForEach: ForEachInterface;
