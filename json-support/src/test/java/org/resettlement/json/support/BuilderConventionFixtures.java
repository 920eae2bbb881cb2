package org.resettlement.json.support;

/**
 * Abstract classes whose nested {@code Builder} breaks one part of the Immutables convention that
 * {@code ValueType} reads, so none of them is a value type, and one that follows it.
 */
public final class BuilderConventionFixtures {
  private BuilderConventionFixtures() {}

  /** Its builder is not public. */
  public abstract static class HiddenBuilder {
    /** Reads the name. @return the name */
    public abstract String name();

    static class Builder {
      public Builder() {}

      public Builder name(String name) {
        return this;
      }

      public HiddenBuilder build() {
        return null;
      }
    }
  }

  /** Its builder is an inner class, which needs an instance to create. */
  public abstract static class InnerBuilder {
    /** Reads the name. @return the name */
    public abstract String name();

    /** Not static. */
    public class Builder {
      /** Creates the builder. */
      public Builder() {}

      /** Sets the name. @param name the name @return this */
      public Builder name(String name) {
        return this;
      }

      /** Builds nothing. @return null */
      public InnerBuilder build() {
        return null;
      }
    }
  }

  /** Its builder needs an argument to create. */
  public abstract static class BuilderWithArgument {
    /** Reads the name. @return the name */
    public abstract String name();

    /** Needs an argument. */
    public static class Builder {
      /** Creates the builder. @param name the name */
      public Builder(String name) {}

      /** Sets the name. @param name the name @return this */
      public Builder name(String name) {
        return this;
      }

      /** Builds nothing. @return null */
      public BuilderWithArgument build() {
        return null;
      }
    }
  }

  /** Its builder builds another type. */
  public abstract static class BuilderOfAnotherType {
    /** Reads the name. @return the name */
    public abstract String name();

    /** Builds a string. */
    public static class Builder {
      /** Creates the builder. */
      public Builder() {}

      /** Sets the name. @param name the name @return this */
      public Builder name(String name) {
        return this;
      }

      /** Builds a string. @return the empty string */
      public String build() {
        return "";
      }
    }
  }

  /** Its builder has no build method. */
  public abstract static class BuilderWithoutBuild {
    /** Reads the name. @return the name */
    public abstract String name();

    /** Cannot build. */
    public static class Builder {
      /** Creates the builder. */
      public Builder() {}
    }
  }

  /** Follows the convention, but is not abstract. */
  public static class NotAbstract {
    /** Reads the name. @return the name */
    public String name() {
      return "";
    }

    /** Builds one. */
    public static class Builder {
      /** Creates the builder. */
      public Builder() {}

      /** Sets the name. @param name the name @return this */
      public Builder name(String name) {
        return this;
      }

      /** Builds one. @return a new instance */
      public NotAbstract build() {
        return new NotAbstract();
      }
    }
  }

  /** Follows the convention, the one that is a value type; its setters are checked one by one. */
  public abstract static class Conventional {
    /** Reads the name. @return the name */
    public abstract String name();

    /** Reads the count. @return the count */
    public abstract int count();

    /** Reads the label, set by nothing in the builder, so not an attribute. @return the label */
    public abstract String label();

    /** Not an accessor: static. @return nothing */
    public static String describe() {
      return "";
    }

    /** Not an accessor: takes an argument. @param x anything @return x */
    public String echo(String x) {
      return x;
    }

    /** Builds one. */
    public static class Builder {
      /** Creates the builder. */
      public Builder() {}

      /** Sets the name. @param name the name @return this */
      public Builder name(String name) {
        return this;
      }

      /** Sets the count, of the wrong type: not the setter of count. @param count the count @return this */
      public Builder count(long count) {
        return this;
      }

      /** Sets the count, returning nothing: not a setter. @param count the count */
      public void count(int count) {}

      /** Sets the label with two arguments: not a setter. @param a a @param b b @return this */
      public Builder label(String a, String b) {
        return this;
      }

      /** Has the name of a method that takes an argument. @param x anything @return this */
      public Builder echo(String x) {
        return this;
      }

      /** Has the name of a static method. @param x anything @return this */
      public Builder describe(String x) {
        return this;
      }

      /** Builds nothing. @return null */
      public Conventional build() {
        return null;
      }
    }
  }
}
