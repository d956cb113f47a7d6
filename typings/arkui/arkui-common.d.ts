// Minimal ArkUI declarations so the offline type-check can check UI pages (structs with
// @Entry/@Component). Only what the sample app uses, modelled on the HarmonyOS SDK's
// component declarations (api/@internal/component/ets): each component is a callable
// `XxxInterface` value returning `XxxAttribute`, attributes chain and return `this`.
// Used ONLY by tools/typecheck.mjs and tools/lint.mjs; DevEco uses the real SDK.

// ---- decorators --------------------------------------------------------------------------
declare const Entry: ClassDecorator;
declare const Component: ClassDecorator;
declare const CustomDialog: ClassDecorator;
declare const Observed: ClassDecorator;
declare const State: PropertyDecorator;
declare const Prop: PropertyDecorator;
declare const Link: PropertyDecorator;
declare const ObjectLink: PropertyDecorator;
declare const Provide: PropertyDecorator & ((value: string) => PropertyDecorator);
declare const Consume: PropertyDecorator & ((value: string) => PropertyDecorator);
declare const StorageLink: (value: string) => PropertyDecorator;
declare const StorageProp: (value: string) => PropertyDecorator;
declare const Watch: (value: string) => PropertyDecorator;
declare const BuilderParam: PropertyDecorator;
declare const Builder: MethodDecorator & PropertyDecorator;
declare const Styles: MethodDecorator;
declare const Extend: (value: Object) => MethodDecorator;

// ---- common value types ------------------------------------------------------------------
declare interface Resource {
  readonly id: number;
  readonly type: number;
  readonly params?: Object[];
  readonly bundleName: string;
  readonly moduleName: string;
}
declare function $r(value: string, ...params: Object[]): Resource;

declare type Length = string | number | Resource;
declare type ResourceStr = string | Resource;
declare type ResourceColor = Color | number | string | Resource;

declare interface Padding {
  top?: Length;
  right?: Length;
  bottom?: Length;
  left?: Length;
}
declare type Margin = Padding;

declare enum Color { White, Black, Blue, Brown, Gray, Green, Grey, Orange, Pink, Red, Yellow, Transparent }
declare enum FontWeight { Lighter, Normal, Regular, Medium, Bold, Bolder }
declare enum HorizontalAlign { Start, Center, End }
declare enum VerticalAlign { Top, Center, Bottom }
declare enum FlexAlign { Start, Center, End, SpaceBetween, SpaceAround, SpaceEvenly }
declare enum TextAlign { Center, Start, End, JUSTIFY }
declare enum TextOverflow { None, Clip, Ellipsis, MARQUEE }
declare enum Visibility { Visible, Hidden, None }
declare enum InputType { Normal, Number, PhoneNumber, Email, Password }
declare enum ToggleType { Checkbox, Switch, Button }
declare enum BarState { Off, Auto, On }
declare enum NavigationTitleMode { Free, Full, Mini }
declare enum ButtonType { Capsule, Circle, Normal, ROUNDED_RECTANGLE }

declare interface ClickEvent {
  readonly x: number;
  readonly y: number;
  readonly timestamp: number;
}

// ---- base classes ------------------------------------------------------------------------
// Attributes every component accepts; `T` is the concrete attribute type so chains keep it.
declare class CommonMethod<T> {
  width(value: Length): T;
  height(value: Length): T;
  size(value: { width?: Length; height?: Length }): T;
  padding(value: Padding | Length): T;
  margin(value: Margin | Length): T;
  backgroundColor(value: ResourceColor): T;
  borderRadius(value: Length): T;
  opacity(value: number | Resource): T;
  visibility(value: Visibility): T;
  enabled(value: boolean): T;
  layoutWeight(value: number | string): T;
  alignSelf(value: number): T;
  onClick(event: (event: ClickEvent) => void): T;
  onAppear(event: () => void): T;
  onDisAppear(event: () => void): T;
  id(value: string): T;
  key(value: string): T;
}
declare class CommonAttribute extends CommonMethod<CommonAttribute> {}
declare const CommonInstance: CommonAttribute;

// Base of every @Component struct (ets.customComponent in tools/ets-compiler-options.mjs).
// Deliberately not an attribute class: struct state fields (e.g. `enabled`) must not clash with
// attribute method names.
declare class CustomComponent {
  build(): void;
  aboutToAppear?(): void;
  aboutToDisappear?(): void;
  onPageShow?(): void;
  onPageHide?(): void;
  onBackPress?(): void | boolean;
}
